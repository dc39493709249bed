// Strings through the host and back.
package export_test_strings_run

import (
	"unicode/utf8"

	host "wit_component/test_strings_host"
)

func Roundtrip(s string) string {
	return host.Echo(s)
}

func RoundtripThree(a string, b string, c string) (string, string, string) {
	return host.EchoThree(a, b, c)
}

func Concat(a string, b string) string {
	return host.Concat(a, b)
}

func Measure(s string) (uint32, uint32) {
	back := host.Echo(s)
	return uint32(len(back)), uint32(utf8.RuneCountInString(back))
}
