// The fuel bench's C guest, built against bindery's bindings and against
// wit-bindgen's (the same source for both): each export hands its
// arguments back as its result (ownership moves, nothing is copied), so
// what is measured is the glue.
#include "fuel.h"

// What send-bytes lends to the host: held by the guest, not built per call.
static uint8_t bytes[1 << 20] = {7};

void exports_bench_fuel_run_empty(void) {}

void exports_bench_fuel_run_echo_bytes(fuel_list_u8_t *v, fuel_list_u8_t *ret) {
  *ret = *v;
}

void exports_bench_fuel_run_echo_strings(fuel_list_string_t *v, fuel_list_string_t *ret) {
  *ret = *v;
}

void exports_bench_fuel_run_echo_items(exports_bench_fuel_run_list_item_t *v,
                                       exports_bench_fuel_run_list_item_t *ret) {
  *ret = *v;
}

void exports_bench_fuel_run_send_bytes(void) {
  fuel_list_u8_t list = {bytes, sizeof bytes};
  bench_fuel_host_sink(&list);
}
