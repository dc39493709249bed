// The fuel bench's Go guest, built against bindery's bindings and against
// wit-bindgen's (the same source for both): each export does the least its
// signature allows, so what is measured is the glue.
package export_bench_fuel_run

import (
	host "wit_component/bench_fuel_host"
	run "wit_component/bench_fuel_run"
)

// bytes is what SendBytes lends to the host: held by the guest, not built
// per call.
var bytes = make([]uint8, 1<<20)

func Empty() {}

func EchoBytes(v []uint8) []uint8 {
	return v
}

func EchoStrings(v []string) []string {
	return v
}

func EchoItems(v []run.Item) []run.Item {
	return v
}

func SendBytes() {
	host.Sink(bytes)
}
