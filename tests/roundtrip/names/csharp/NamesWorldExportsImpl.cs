// The world's own exports, calling the world's own imports.
namespace NamesWorld;

public class NamesWorldExportsImpl : INamesWorldExports
{
    public static string Version() => "names 1.0";

    public static uint LogTwice(string message)
    {
        return INamesWorldImports.Log(message) + INamesWorldImports.Log(message);
    }

    public static INamesWorldImports.Point ScaleTwice(INamesWorldImports.Point p, int by)
    {
        return INamesWorldImports.Scale(INamesWorldImports.Scale(p, by), by);
    }
}
