// The world's own function `api`.
package export_wit_world

func Api() string {
	return "api"
}
