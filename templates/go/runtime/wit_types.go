{{ marker }}

// Package wit_types is the types package of bindery's earlier layout, kept
// for guests that import it: each name is an alias of the one in
// {{ types_path }}, which the bindings use.
package wit_types

import types "{{ types_path }}"
{%- if option %}

// The tags of an Option.
const (
	OptionNone = types.OptionNone
	OptionSome = types.OptionSome
)

// Option is WIT's option<T>.
type Option[T any] = types.Option[T]

// None is an Option without a value.
func None[T any]() Option[T] {
	return types.None[T]()
}

// Some is an Option with a value.
func Some[T any](value T) Option[T] {
	return types.Some(value)
}
{%- endif %}
{%- if result %}

// The tags of a Result.
const (
	ResultOk  = types.ResultOk
	ResultErr = types.ResultErr
)

// Result is WIT's result<T, E>.
type Result[T any, E any] = types.Result[T, E]

// Ok is a successful Result.
func Ok[T any, E any](value T) Result[T, E] {
	return types.Ok[T, E](value)
}

// Err is a failed Result.
func Err[T any, E any](value E) Result[T, E] {
	return types.Err[T, E](value)
}
{%- endif %}
{%- if unit %}

// Unit is the payload of a result side without a type.
type Unit = types.Unit
{%- endif %}
{%- for t in tuples %}

// Tuple{{ t.arity }} is WIT's tuple of {{ t.arity }} values.
type Tuple{{ t.arity }}[{{ t.params }}] = types.Tuple{{ t.arity }}[{{ t.args }}]
{%- endfor %}{{ "\n" }}
