// Package export_wit_world calls every function of `maps` on the test
// component and checks each answer.
package export_wit_world

import (
	"fmt"
	"math"

	"wit_component/check"
	maps "wit_component/compose_maps_fixed_maps"
	"wit_component/wit_types"
)

// Run is the runner's export.
func Run() {
	echoes()
	computed()
	check.Finish()
}

func echoes() {
	thousand := map[string]uint32{}
	for i := uint32(0); i < 1000; i++ {
		thousand[fmt.Sprintf("key-%d", i)] = i
	}
	stringMaps := []struct {
		what string
		m    map[string]uint32
	}{
		{"empty", map[string]uint32{}},
		{"edges", map[string]uint32{"a": 1, "b": 2, "é😀": math.MaxUint32}},
		{"1000", thousand},
	}
	for _, s := range stringMaps {
		check.Equal("echo-map "+s.what, maps.EchoMap(s.m), s.m)
	}
	ofLists := map[uint32][]string{1: {"a", "b"}, 2: {}, 3: {"😀"}}
	check.Equal("echo-map-of-lists", maps.EchoMapOfLists(ofLists), ofLists)
	negativeZero := float32(math.Copysign(0, -1))
	ofEntries := map[string]maps.Entry{
		"x": {Id: 1, Coords: [3]float32{0.5, -1.25, 3e10}, Tags: []string{"t"}},
		"y": {Id: 2, Coords: [3]float32{negativeZero, float32(math.Inf(1)), 1}, Tags: []string{}},
	}
	check.Equal("echo-map-of-entries", maps.EchoMapOfEntries(ofEntries), ofEntries)
	nested := map[string]map[uint8]bool{"a": {0: true, 255: false}, "b": {}}
	check.Equal("echo-nested-map", maps.EchoNestedMap(nested), nested)
	var bytes [16]uint8
	for i := range bytes {
		bytes[i] = uint8(i * 17)
	}
	check.Equal("echo-fixed-bytes", maps.EchoFixedBytes(bytes), bytes)
	strings := [3]string{"", "é", "😀x"}
	check.Equal("echo-fixed-strings", maps.EchoFixedStrings(strings), strings)
	fixedNested := [3][2]int64{{math.MinInt64, -1}, {0, 1}, {math.MaxInt64, 42}}
	check.Equal("echo-fixed-nested", maps.EchoFixedNested(fixedNested), fixedNested)
	entry := maps.Entry{Id: 7, Coords: [3]float32{1.5, -2.5, 0}, Tags: []string{"a", "b"}}
	check.Equal("echo-entry", maps.EchoEntry(entry), entry)
}

func computed() {
	words := []string{"a", "b", "a", "😀", "a"}
	check.Equal("count-words", maps.CountWords(words), map[string]uint32{"a": 3, "b": 1, "😀": 1})
	check.Equal("count-words empty", maps.CountWords(nil), map[string]uint32{})
	ab := map[string]uint32{"a": 1, "b": 2}
	check.Equal("lookup found", maps.Lookup(ab, "b"), wit_types.Some[uint32](2))
	check.Equal("lookup missing", maps.Lookup(ab, "z"), wit_types.None[uint32]())
	unsorted := map[string]uint32{"b": 1, "a": 2, "c": 3}
	check.Equal("sorted-keys", maps.SortedKeys(unsorted), []string{"a", "b", "c"})
	check.Equal("invert", maps.Invert(map[uint32]string{1: "one", 2: "two"}), map[string]uint32{"one": 1, "two": 2})
	check.Equal("numbered 0", maps.Numbered(0), map[uint32]string{})
	decimals := map[uint32]string{}
	for i := uint32(0); i < 1000; i++ {
		decimals[i] = fmt.Sprint(i)
	}
	check.Equal("numbered 1000", maps.Numbered(1000), decimals)
	check.Equal("sum-coords", maps.SumCoords([3]float32{1.5, 2.25, -0.75}), 3)
	matrix := [3][3]int32{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	check.Equal("transpose", maps.Transpose(matrix), [3][3]int32{{1, 4, 7}, {2, 5, 8}, {3, 6, 9}})
}
