{{ marker }}

// Package wit_types holds the generic types of WIT values that Go lacks:
// option, result and tuples.
package wit_types
{%- if option %}

// The tags of an Option.
const (
	OptionNone = 0
	OptionSome = 1
)

// Option is WIT's option<T>: None, or Some with a value.
type Option[T any] struct {
	tag   uint8
	value T
}

// Tag is OptionNone or OptionSome.
func (o Option[T]) Tag() uint8 {
	return o.tag
}

// Some is the value; it panics on None.
func (o Option[T]) Some() T {
	if o.tag != OptionSome {
		panic("tag mismatch")
	}
	return o.value
}

// SomeOr is the value, or fallback on None.
func (o Option[T]) SomeOr(fallback T) T {
	if o.tag != OptionSome {
		return fallback
	}
	return o.value
}

// IsSome tells whether there is a value.
func (o Option[T]) IsSome() bool {
	return o.tag == OptionSome
}

// IsNone tells whether there is no value.
func (o Option[T]) IsNone() bool {
	return o.tag == OptionNone
}

// None is an Option without a value.
func None[T any]() Option[T] {
	return Option[T]{}
}

// Some is an Option with a value.
func Some[T any](value T) Option[T] {
	return Option[T]{OptionSome, value}
}
{%- endif %}
{%- if result %}

// The tags of a Result.
const (
	ResultOk  = 0
	ResultErr = 1
)

// Result is WIT's result<T, E>: Ok with a T, or Err with an E.
type Result[T any, E any] struct {
	tag   uint8
	value any
}

// Tag is ResultOk or ResultErr.
func (r Result[T, E]) Tag() uint8 {
	return r.tag
}

// Ok is the success value; it panics on Err.
func (r Result[T, E]) Ok() T {
	if r.tag != ResultOk {
		panic("tag mismatch")
	}
	return r.value.(T)
}

// Err is the error value; it panics on Ok.
func (r Result[T, E]) Err() E {
	if r.tag != ResultErr {
		panic("tag mismatch")
	}
	return r.value.(E)
}

// IsOk tells whether the result is a success.
func (r Result[T, E]) IsOk() bool {
	return r.tag == ResultOk
}

// IsErr tells whether the result is an error.
func (r Result[T, E]) IsErr() bool {
	return r.tag == ResultErr
}

// Ok is a successful Result.
func Ok[T any, E any](value T) Result[T, E] {
	return Result[T, E]{ResultOk, value}
}

// Err is a failed Result.
func Err[T any, E any](value E) Result[T, E] {
	return Result[T, E]{ResultErr, value}
}
{%- endif %}
{%- if unit %}

// Unit is the payload of a result side without a type.
type Unit struct{}
{%- endif %}
{%- for t in tuples %}

// Tuple{{ t.arity }} is WIT's tuple of {{ t.arity }} values.
type Tuple{{ t.arity }}[{{ t.params }}] struct {
{%- for field in t.fields %}
	{{ field }}
{%- endfor %}
}
{%- endfor %}{{ "\n" }}