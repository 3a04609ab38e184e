#ifndef PARLEY_CLIBEDIT_SHIM_H
#define PARLEY_CLIBEDIT_SHIM_H

// The only C surface of the project: Debian's libedit (libedit-dev).
//
// el_set, el_get and history are C variadic functions, which Swift cannot
// call. Each wrapper below fixes the argument list of one operation.
// Keep this file stateless: static inline functions are emitted into every
// object file that uses them, so a `static` variable here would be duplicated.

#include <stdio.h>
#include <histedit.h>
#include <poll.h>
#include <signal.h>
#include <time.h>

#if defined(__linux__)
// glibc declares ppoll only under _GNU_SOURCE, which Swift's view of the C library lacks.
int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *sigmask);

// Waits until `fd` is readable with the signal mask `mask` in force during the wait only.
static inline int parley_ppoll_readable(int fd, const sigset_t *mask) {
    struct pollfd descriptor = { fd, POLLIN, 0 };
    return ppoll(&descriptor, 1, NULL, mask);
}
#endif

typedef char *(*parley_prompt_fn)(EditLine *);
typedef unsigned char (*parley_edit_fn)(EditLine *, int);
typedef int (*parley_getc_fn)(EditLine *, wchar_t *);

// Swift 6 rejects the glibc globals `stdin`/`stdout`/`stderr` as shared
// mutable state; these accessors hand them over as plain values.
static inline FILE *parley_stdin(void)  { return stdin; }
static inline FILE *parley_stdout(void) { return stdout; }
static inline FILE *parley_stderr(void) { return stderr; }

// MARK: EditLine settings

static inline int parley_el_set_prompt(EditLine *el, parley_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}
static inline int parley_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int parley_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int parley_el_set_terminal(EditLine *el, const char *type) {
    return el_set(el, EL_TERMINAL, type);
}
static inline int parley_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *parley_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}
static inline FILE *parley_el_get_outfile(EditLine *el) {
    FILE *fp = NULL;
    if (el_get(el, EL_GETFP, 1, &fp) != 0) {
        return NULL;
    }
    return fp;
}
static inline int parley_el_add_function(EditLine *el, const char *name,
                                         const char *help, parley_edit_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int parley_el_bind(EditLine *el, const char *keys, const char *name) {
    return el_set(el, EL_BIND, keys, name, (const char *)NULL);
}
static inline int parley_el_set_getcfn(EditLine *el, parley_getc_fn fn) {
    return el_set(el, EL_GETCFN, fn);
}
static inline int parley_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

// MARK: History

static inline int parley_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int parley_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int parley_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int parley_history_count(History *h) {
    HistEvent ev;
    return history(h, &ev, H_GETSIZE) == -1 ? -1 : ev.num;
}
static inline int parley_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}
static inline int parley_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}
static inline int parley_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}
// Moves the history cursor: H_LAST is the oldest entry, H_PREV steps to a
// newer one. Returns the entry's text (owned by the history), or NULL at the end.
static inline const char *parley_history_oldest(History *h) {
    HistEvent ev;
    return history(h, &ev, H_LAST) == -1 ? NULL : ev.str;
}
static inline const char *parley_history_newer(History *h) {
    HistEvent ev;
    return history(h, &ev, H_PREV) == -1 ? NULL : ev.str;
}

#endif
