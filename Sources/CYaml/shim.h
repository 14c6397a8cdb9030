#ifndef TIER_CYAML_SHIM_H
#define TIER_CYAML_SHIM_H
#include <yaml.h>
#endif
