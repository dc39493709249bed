// The Component Model book's adder.
#include "adder.h"

uint32_t exports_docs_adder_add_add(uint32_t x, uint32_t y) { return x + y; }
