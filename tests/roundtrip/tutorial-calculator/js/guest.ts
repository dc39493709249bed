// The book's calculator: evaluates by calling the imported adder.
import type { Check } from 'docs:calculator/calculator@0.1.0';
import type { Op } from 'docs:calculator/calculate@0.1.0';
import { add } from 'docs:adder/add@0.1.0';

export const calculate = {
  evalExpression(op: Op, x: number, y: number): number {
    switch (op) {
      case 'add':
        return add(x, y);
    }
  },
};

type _ = Check<typeof import('./guest.js')>;
