// The world's own exports, calling the world's own imports.
package export_wit_world

import "wit_component/wit_world"

func Version() string { return "names 1.0" }

func LogTwice(message string) uint32 {
	return wit_world.Log(message) + wit_world.Log(message)
}

func ScaleTwice(p wit_world.Point, by int32) wit_world.Point {
	return wit_world.Scale(wit_world.Scale(p, by), by)
}
