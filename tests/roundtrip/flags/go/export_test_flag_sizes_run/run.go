// Flags through the host and back.
package export_test_flag_sizes_run

import (
	host "wit_component/test_flag_sizes_host"
	types "wit_component/test_flag_sizes_types"
)

func RoundtripOne(f types.One) types.One { return host.EchoOne(f) }

func RoundtripEight(f types.Eight) types.Eight { return host.EchoEight(f) }

func RoundtripNine(f types.Nine) types.Nine { return host.EchoNine(f) }

func RoundtripSixteen(f types.Sixteen) types.Sixteen { return host.EchoSixteen(f) }

func RoundtripSeventeen(f types.Seventeen) types.Seventeen { return host.EchoSeventeen(f) }

func RoundtripThirtyTwo(f types.ThirtyTwo) types.ThirtyTwo { return host.EchoThirtyTwo(f) }

func RoundtripPerms(f types.Perms) types.Perms { return host.EchoPerms(f) }

func RoundtripAll(f types.AllFlags) types.AllFlags { return host.EchoAll(f) }

func RoundtripList(f []types.Nine) []types.Nine { return host.EchoList(f) }
