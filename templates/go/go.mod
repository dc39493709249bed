{{ marker }}

module {{ module }}

go 1.24{{ "\n" }}