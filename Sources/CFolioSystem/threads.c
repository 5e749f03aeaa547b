#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>

#include "cfoliosystem.h"

/// The CPUs the process may use, as they were before any thread was held to one.
static cpu_set_t process_cpus;
static int process_cpus_known;
static pthread_once_t process_cpus_once = PTHREAD_ONCE_INIT;

static void read_process_cpus(void) {
    process_cpus_known = sched_getaffinity(0, sizeof process_cpus, &process_cpus) == 0 && CPU_COUNT(&process_cpus) > 0;
}

/// The process's CPUs but the one the calling thread runs on; 0 when there is none.
static int other_cpus(cpu_set_t *others) {
    pthread_once(&process_cpus_once, read_process_cpus);
    if (!process_cpus_known) return 0;
    *others = process_cpus;
    int here = sched_getcpu();
    if (here >= 0 && here < CPU_SETSIZE) CPU_CLR(here, others);
    return CPU_COUNT(others) > 0;
}

struct start {
    void *(*body)(void *);
    void *context;
};

static int start_thread(void *(*body)(void *), void *context, int idle);

static void *trampoline(void *raw) {
    struct start start = *(struct start *)raw;
    free(raw);
    return start.body(start.context);
}

int folio_thread_start(void *(*body)(void *), void *context) {
    return start_thread(body, context, 0);
}

int folio_thread_start_idle(void *(*body)(void *), void *context) {
    return start_thread(body, context, 1);
}

static int start_thread(void *(*body)(void *), void *context, int idle) {
    struct start *start = malloc(sizeof *start);
    if (!start) return ENOMEM;
    start->body = body;
    start->context = context;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    cpu_set_t others;
    if (idle) {
        // Anywhere: it must be able to run where its reader waits.
        pthread_once(&process_cpus_once, read_process_cpus);
        if (process_cpus_known) pthread_attr_setaffinity_np(&attributes, sizeof process_cpus, &process_cpus);
        struct sched_param parameters = { .sched_priority = 0 };
        pthread_attr_setinheritsched(&attributes, PTHREAD_EXPLICIT_SCHED);
        pthread_attr_setschedpolicy(&attributes, SCHED_IDLE);
        pthread_attr_setschedparam(&attributes, &parameters);
    } else if (other_cpus(&others)) {
        pthread_attr_setaffinity_np(&attributes, sizeof others, &others);
    }
    pthread_t thread;
    int error = pthread_create(&thread, &attributes, trampoline, start);
    pthread_attr_destroy(&attributes);
    if (error) free(start);
    return error;
}

static __thread cpu_set_t held_from;
static __thread int holding;

void folio_hold_cpu(void) {
    pthread_once(&process_cpus_once, read_process_cpus);
    if (holding || sched_getaffinity(0, sizeof held_from, &held_from) != 0) return;
    int here = sched_getcpu();
    if (here < 0 || here >= CPU_SETSIZE || CPU_COUNT(&held_from) < 2) return;
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(here, &one);
    holding = sched_setaffinity(0, sizeof one, &one) == 0;
}

void folio_release_cpu(void) {
    if (!holding) return;
    sched_setaffinity(0, sizeof held_from, &held_from);
    holding = 0;
}
