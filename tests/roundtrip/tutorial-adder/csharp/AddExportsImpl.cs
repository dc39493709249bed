// The book's adder, as a componentize-dotnet project writes it: the class
// that implements the exported interface, in its namespace.
namespace AdderWorld.wit.Exports.docs.adder;

public class AddExportsImpl : IAddExports
{
    // u32 addition wraps (C# arithmetic is unchecked by default).
    public static uint Add(uint x, uint y) => unchecked(x + y);
}
