// The interface `api` of the dependency.
package export_test_other_api

func Twice(x uint32) uint32 {
	return x * 2
}
