// Keyword names, through the host and back.
package export_test_names_run

import host "wit_component/test_names_host"

func Fn(type_ host.Type) host.Type { return host.Fn(type_) }

func Async(result host.Result) host.Result { return host.Async(result) }

func Static(loop host.Loop) host.Loop { return host.Static(loop) }

// Same answers one more than the host's function of the same name.
func Same(x uint32) uint32 { return host.Same(x) + 1 }
