// The Component Model book's calculator: adds through the imported adder.
#include "calculator.h"

uint32_t exports_docs_calculator_calculate_eval_expression(exports_docs_calculator_calculate_op_t op,
                                                           uint32_t x, uint32_t y) {
  switch (op) {
  case EXPORTS_DOCS_CALCULATOR_CALCULATE_OP_ADD:
    return docs_adder_add_add(x, y);
  }
  return 0;
}
