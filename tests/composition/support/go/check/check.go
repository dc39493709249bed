// Package check holds the runner's checks, shared by every case (the
// harness copies it into the runner's module). Each check compares one
// answer with what it must be and, when they differ, panics with
// `check failed: <name>: …` (a trap), the line the harness reports.
// Finish prints how many passed, which the harness compares with the
// case's `checks`.
package check

import (
	"fmt"
	"math"
	"reflect"
)

var passed int

// shown is how much of a value a failure prints.
const shown = 160

// Equal checks that actual equals expected, deeply: floats bit for bit,
// a nil slice or map like an empty one (the bindings may lift either).
func Equal[T any](name string, actual, expected T) {
	if !same(reflect.ValueOf(actual), reflect.ValueOf(expected)) {
		Fail(name, fmt.Sprintf("expected %s, got %s", show(expected), show(actual)))
	}
	passed++
}

// That checks that ok holds; what says what was expected.
func That(name string, ok bool, what string) {
	if !ok {
		Fail(name, what)
	}
	passed++
}

// Fail traps, naming the check.
func Fail(name, detail string) {
	panic(fmt.Sprintf("check failed: %s: %s", name, detail))
}

// Finish prints the count the harness reads.
func Finish() {
	fmt.Printf("checks passed: %d\n", passed)
}

func show(value any) string {
	text := fmt.Sprintf("%#v", value)
	if runes := []rune(text); len(runes) > shown {
		return fmt.Sprintf("%s… (%d bytes)", string(runes[:shown]), len(text))
	}
	return text
}

// same compares through unexported fields too (wit_types.Option and
// Result keep theirs private), which reflect.Value's getters allow.
func same(a, b reflect.Value) bool {
	if a.IsValid() != b.IsValid() {
		return false
	}
	if !a.IsValid() {
		return true
	}
	if a.Kind() != b.Kind() {
		return false
	}
	switch a.Kind() {
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	case reflect.Float32:
		return math.Float32bits(float32(a.Float())) == math.Float32bits(float32(b.Float()))
	case reflect.Float64:
		return math.Float64bits(a.Float()) == math.Float64bits(b.Float())
	case reflect.String:
		return a.String() == b.String()
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return false
		}
		for i := 0; i < a.Len(); i++ {
			if !same(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for _, key := range a.MapKeys() {
			if !same(a.MapIndex(key), b.MapIndex(key)) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if !same(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return same(a.Elem(), b.Elem())
	case reflect.Pointer:
		return a.Pointer() == b.Pointer()
	default:
		panic(fmt.Sprintf("check: cannot compare a %s", a.Kind()))
	}
}
