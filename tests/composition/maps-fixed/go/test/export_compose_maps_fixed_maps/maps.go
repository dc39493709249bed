// Package export_compose_maps_fixed_maps answers `maps` from Go.
package export_compose_maps_fixed_maps

import (
	"fmt"
	"sort"

	maps "wit_component/compose_maps_fixed_maps"
	"wit_component/wit_types"
)

func EchoMap(m map[string]uint32) map[string]uint32                       { return m }
func EchoMapOfLists(m map[uint32][]string) map[uint32][]string            { return m }
func EchoMapOfEntries(m map[string]maps.Entry) map[string]maps.Entry      { return m }
func EchoNestedMap(m map[string]map[uint8]bool) map[string]map[uint8]bool { return m }
func EchoFixedBytes(l [16]uint8) [16]uint8                                { return l }
func EchoFixedStrings(l [3]string) [3]string                              { return l }
func EchoFixedNested(l [3][2]int64) [3][2]int64                           { return l }
func EchoEntry(e maps.Entry) maps.Entry                                   { return e }

func CountWords(words []string) map[string]uint32 {
	counts := map[string]uint32{}
	for _, word := range words {
		counts[word]++
	}
	return counts
}

func Lookup(m map[string]uint32, key string) wit_types.Option[uint32] {
	if value, ok := m[key]; ok {
		return wit_types.Some(value)
	}
	return wit_types.None[uint32]()
}

func SortedKeys(m map[string]uint32) []string {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}

func Invert(m map[uint32]string) map[string]uint32 {
	out := make(map[string]uint32, len(m))
	for key, value := range m {
		out[value] = key
	}
	return out
}

func Numbered(n uint32) map[uint32]string {
	out := make(map[uint32]string, n)
	for i := uint32(0); i < n; i++ {
		out[i] = fmt.Sprint(i)
	}
	return out
}

func SumCoords(c [3]float32) float32 { return c[0] + c[1] + c[2] }

func Transpose(m [3][3]int32) [3][3]int32 {
	var out [3][3]int32
	for row := range out {
		for column := range out[row] {
			out[row][column] = m[column][row]
		}
	}
	return out
}
