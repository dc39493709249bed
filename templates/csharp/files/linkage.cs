{{ header }}

#if !NET9_0_OR_GREATER
// .NET 9 declares this attribute; on .NET 8 NativeAOT-LLVM reads it by name.
namespace System.Runtime.InteropServices
{
    internal partial class WasmImportLinkageAttribute : global::System.Attribute {}
}
#endif
