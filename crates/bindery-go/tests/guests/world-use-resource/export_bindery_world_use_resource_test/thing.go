// The exported `thing`: a type of its own, apart from the imported one.
package export_bindery_world_use_resource_test

type Thing struct {
	made bool
}

func MakeThing() *Thing {
	return &Thing{made: true}
}
