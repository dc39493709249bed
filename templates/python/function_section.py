{{ function }}
