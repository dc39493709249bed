

// init runs last, once every package is initialised: from here on the host
// drives the component.
func init() {
	wit_runtime.Idle()
}

// main is never called: the component is a reactor, driven by its exports.
func main() {}
