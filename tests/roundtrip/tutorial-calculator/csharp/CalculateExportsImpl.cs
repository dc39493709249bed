// The book's calculator: evaluates by calling the imported adder.
using CalculatorWorld.wit.Imports.docs.adder;

namespace CalculatorWorld.wit.Exports.docs.calculator;

public class CalculateExportsImpl : ICalculateExports
{
    public static uint EvalExpression(ICalculateExports.Op op, uint x, uint y)
    {
        return op switch
        {
            ICalculateExports.Op.ADD => IAddImports.Add(x, y),
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
    }
}
