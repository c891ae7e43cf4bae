#ifndef SMP_CONSULT_CREADLINE_SHIM_H
#define SMP_CONSULT_CREADLINE_SHIM_H

// readline.h uses FILE without including stdio.h.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <errno.h>
#include <signal.h>
#include <sys/select.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 refuses to write readline's C globals, and a signal handler must be
// C, so the chat's use of readline lives here. Everything is static: use these
// functions from one Swift file only, so they share one copy of the state.

// MARK: Set-up

/// Names the program for ~/.inputrc conditionals, keeps readline away from
/// SIGINT (we handle it) and from the LINES/COLUMNS variables. Its SIGWINCH
/// handler stays installed while we wait for input, so a resized window is
/// noticed.
static inline void smp_rl_configure(const char *name) {
    rl_readline_name = strdup(name);
    rl_catch_signals = 0;
    rl_persistent_signal_handlers = 1;
    rl_change_environment = 0;
    // Completion candidates are matched against the whole line (an option's
    // label has spaces and apostrophes: "Widow's peak"), so the whole line is
    // the word Tab replaces, whatever its case.
    static char no_breaks[] = "";
    rl_completer_word_break_characters = no_breaks;
    rl_variable_bind("completion-ignore-case", "on");
    rl_variable_bind("show-all-if-ambiguous", "on");
}

// MARK: Completion

static char **smp_rl_words = NULL;
static int smp_rl_word_count = 0;
static const char *smp_rl_completion_line = NULL;
static int smp_rl_completion_start = 0;
static int smp_rl_completion_length = 0;
static int smp_rl_completion_next = 0;

/// Replaces the words Tab offers (copied).
static inline void smp_rl_set_completions(const char *const *words, int count) {
    for (int i = 0; i < smp_rl_word_count; i++) free(smp_rl_words[i]);
    free(smp_rl_words);
    smp_rl_words = count > 0 ? (char **)calloc((size_t)count, sizeof(char *)) : NULL;
    smp_rl_word_count = 0;
    for (int i = 0; i < count && smp_rl_words; i++) {
        char *copy = strdup(words[i]);
        if (copy) smp_rl_words[smp_rl_word_count++] = copy;
    }
}

// Candidates are matched against the whole line so far (an option may have
// spaces, "natural hairline"), and readline replaces only the last word, so
// each match is the candidate from that word's start on.
static char *smp_rl_generate(const char *text, int state) {
    (void)text;
    if (state == 0) smp_rl_completion_next = 0;
    while (smp_rl_completion_next < smp_rl_word_count) {
        const char *word = smp_rl_words[smp_rl_completion_next++];
        if ((int)strlen(word) >= smp_rl_completion_length
            && strncasecmp(word, smp_rl_completion_line, (size_t)smp_rl_completion_length) == 0) {
            return strdup(word + smp_rl_completion_start);
        }
    }
    return NULL;
}

static char **smp_rl_complete(const char *text, int start, int end) {
    rl_attempted_completion_over = 1;  // never fall back to file names
    smp_rl_completion_line = rl_line_buffer;
    smp_rl_completion_start = start;
    smp_rl_completion_length = end;
    return rl_completion_matches(text, smp_rl_generate);
}

static inline void smp_rl_install_completion(void) {
    rl_attempted_completion_function = smp_rl_complete;
}

// MARK: Reading a line, with Ctrl-C

static volatile sig_atomic_t smp_rl_sigint = 0;
static char *smp_rl_line = NULL;
static int smp_rl_line_done = 0;
/// How many characters the line had when Ctrl-C dropped it.
static int smp_rl_dropped_length = 0;

static inline int smp_rl_last_dropped_length(void) { return smp_rl_dropped_length; }

static void smp_rl_on_sigint(int signal) {
    (void)signal;
    smp_rl_sigint = 1;
}

// Ctrl-Z: readline is told not to catch signals (we own SIGINT), so the
// terminal's raw mode must be handed back before stopping and taken again on
// `fg`, or the shell gets an unusable terminal and the line echoes twice.
static volatile sig_atomic_t smp_rl_sigtstp = 0;

static void smp_rl_on_sigtstp(int signal) {
    (void)signal;
    smp_rl_sigtstp = 1;
}

static inline void smp_rl_install_sigtstp_handler(void) {
    struct sigaction action, current;
    // A shell without job control ignores SIGTSTP for us: leave it so.
    if (sigaction(SIGTSTP, NULL, &current) == 0 && current.sa_handler == SIG_IGN) return;
    memset(&action, 0, sizeof action);
    action.sa_handler = smp_rl_on_sigtstp;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTSTP, &action, NULL);
}

/// Stops the process the way Ctrl-Z normally does, with the terminal restored
/// meanwhile, then redraws the prompt and the line being typed.
static inline void smp_rl_suspend(void) {
    rl_deprep_terminal();
    signal(SIGTSTP, SIG_DFL);
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &stop, NULL);
    raise(SIGTSTP);
    // Here again after `fg`.
    sigprocmask(SIG_BLOCK, &stop, NULL);
    smp_rl_install_sigtstp_handler();
    rl_prep_terminal(1);
    rl_forced_update_display();
}

static void smp_rl_on_line(char *line) {
    smp_rl_line = line;
    smp_rl_line_done = 1;
    rl_callback_handler_remove();
}

/// Installs the SIGINT handler (without SA_RESTART, so a blocked wait for
/// input wakes up). Call once before reading.
static inline int smp_rl_install_sigint_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = smp_rl_on_sigint;
    sigemptyset(&action.sa_mask);
    smp_rl_install_sigtstp_handler();
    return sigaction(SIGINT, &action, NULL);
}

#define SMP_RL_LINE 0
#define SMP_RL_END 1
#define SMP_RL_INTERRUPTED 2

/// Reads one line with editing. Returns SMP_RL_LINE with *line set (free it
/// with free()), SMP_RL_END on Ctrl-D on an empty line or end of input, or
/// SMP_RL_INTERRUPTED when Ctrl-C cancelled the line (readline's state is
/// cleaned up, a newline is shown, and smp_rl_last_dropped_length() tells
/// whether anything had been typed).
///
/// Uses readline's callback interface: SIGINT is blocked except inside
/// pselect, so a Ctrl-C can never slip in between the check and the wait.
static inline int smp_rl_read(const char *prompt, char **line) {
    *line = NULL;
    smp_rl_line = NULL;
    smp_rl_line_done = 0;
    smp_rl_sigint = 0;
    smp_rl_dropped_length = 0;

    sigset_t block, previous;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTSTP);
    sigprocmask(SIG_BLOCK, &block, &previous);
    sigset_t waiting = previous;
    sigdelset(&waiting, SIGINT);
    sigdelset(&waiting, SIGTSTP);
    smp_rl_sigtstp = 0;

    rl_callback_handler_install(prompt, smp_rl_on_line);
    int result = SMP_RL_LINE;
    int input = fileno(rl_instream ? rl_instream : stdin);
    while (!smp_rl_line_done) {
        if (smp_rl_sigtstp) {
            smp_rl_sigtstp = 0;
            smp_rl_suspend();
            continue;
        }
        if (smp_rl_sigint) {
            // The half line stays as typed, with the cursor moved past its
            // end, and the next prompt starts on a line of its own (no "^C"
            // written into the text).
            smp_rl_dropped_length = rl_end;
            rl_point = rl_end;
            rl_redisplay();
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_cleanup_after_signal();
            rl_callback_handler_remove();
            fputs("\n", rl_outstream ? rl_outstream : stdout);
            fflush(rl_outstream ? rl_outstream : stdout);
            result = SMP_RL_INTERRUPTED;
            break;
        }
        fd_set ready;
        FD_ZERO(&ready);
        FD_SET(input, &ready);
        int count = pselect(input + 1, &ready, NULL, NULL, NULL, &waiting);
        if (count < 0) {
            if (errno == EINTR) continue;
            rl_callback_handler_remove();
            result = SMP_RL_END;
            break;
        }
        if (count > 0) rl_callback_read_char();
    }
    sigprocmask(SIG_SETMASK, &previous, NULL);
    if (result == SMP_RL_LINE) {
        if (smp_rl_line == NULL) return SMP_RL_END;
        *line = smp_rl_line;
    }
    return result;
}

/// Whether readline already moved to a new line after Ctrl-D: since 8.1 it
/// does when bracketed paste is on (it is off for TERM=dumb).
static inline int smp_rl_ended_line_on_eof(void) {
#if RL_READLINE_VERSION >= 0x0801
    const char *value = rl_variable_value("enable-bracketed-paste");
    return value != NULL && strcmp(value, "on") == 0;
#else
    return 0;
#endif
}

#endif
