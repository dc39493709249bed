

// main is never called: the component is a reactor, driven by its exports.
func main() {}
