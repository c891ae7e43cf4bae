#ifndef SMP_CONSULT_CREADLINE_SHIM_H
#define SMP_CONSULT_CREADLINE_SHIM_H

// readline.h uses FILE without including stdio.h.
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

#endif
