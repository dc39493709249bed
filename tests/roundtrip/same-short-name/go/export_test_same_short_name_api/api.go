// The interface `api` of this package.
package export_test_same_short_name_api

func Add(a uint32, b uint32) uint32 {
	return a + b
}
