[global::System.Runtime.InteropServices.DllImportAttribute("{{ module }}", EntryPoint = "{{ field }}"), global::System.Runtime.InteropServices.WasmImportLinkageAttribute]
internal static extern {{ ret }} {{ name }}({{ params }});
