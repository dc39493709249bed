// The book's calculator: evaluates by calling the imported adder.
package export_docs_calculator_calculate

import (
	"wit_component/docs_adder_add"
	"wit_component/docs_calculator_calculate"
)

func EvalExpression(op docs_calculator_calculate.Op, x uint32, y uint32) uint32 {
	switch op {
	case docs_calculator_calculate.OpAdd:
		return docs_adder_add.Add(x, y)
	}
	panic("unknown operation")
}
