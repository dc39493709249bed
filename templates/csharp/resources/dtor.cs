[global::System.Runtime.InteropServices.UnmanagedCallersOnlyAttribute(EntryPoint = "{{ export_name }}")]
public static unsafe void {{ entry }}(int rep)
{
    {{ class }}.__BinderyDestroy(rep);
}
