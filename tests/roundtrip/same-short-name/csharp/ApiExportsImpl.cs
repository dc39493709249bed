// Three exports named `api`: two interfaces and a world function.
namespace SameShortNameWorld.wit.Exports.test.sameShortName
{
    public class ApiExportsImpl : IApiExports
    {
        public static uint Add(uint a, uint b) => unchecked(a + b);
    }
}

namespace SameShortNameWorld.wit.Exports.test.other
{
    public class ApiExportsImpl : IApiExports
    {
        public static uint Twice(uint x) => unchecked(x * 2);
    }
}

namespace SameShortNameWorld
{
    public class SameShortNameWorldExportsImpl : ISameShortNameWorldExports
    {
        public static string Api() => "api";
    }
}
