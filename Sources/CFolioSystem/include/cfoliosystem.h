#ifndef CFOLIOSYSTEM_H
#define CFOLIOSYSTEM_H

/// Starts a detached thread running `body(context)` on the CPUs the process may use other than the calling
/// thread's (when there are any), where it stays: Folio's threads are short-lived workers (the engines'
/// set-up, layout helpers, chart workers). Linux places a new thread by its parent's load, and on a small
/// machine it often queued it behind its busy parent until the next load balancing, a scheduler tick later
/// (up to 4 ms with HZ=250), about the time a whole report takes to start. Threads it starts in turn (Pango
/// starts two for every new font pattern, and waits for one of them) inherit its CPUs, so they run where
/// their waiting parent leaves a CPU free. CPU placement needs glibc's GNU extensions, which only C can
/// reach: that is why this small file exists. Returns 0, or the error pthread_create gave (the thread was
/// then not started).
int folio_thread_start(void *(*body)(void *), void *context);

/// `folio_thread_start` for work that can wait (bookkeeping whose result is needed only at the end): the
/// thread runs at the idle scheduling priority, so it takes only CPU time no other thread of the machine
/// wants, such as the second core while a PDF is drawn on one.
int folio_thread_start_idle(void *(*body)(void *), void *context);

/// Keeps the calling thread on the CPU it runs on until `folio_release_cpu`, while threads started with
/// `folio_thread_start` work beside it: the two stay on separate CPUs, and threads Pango starts from this
/// one run on its CPU while it waits for them. Does nothing on a single CPU or when already held.
void folio_hold_cpu(void);

/// Lets the calling thread run on every CPU it could before `folio_hold_cpu`.
void folio_release_cpu(void);

/// Lets the allocator keep what it frees for the rest of a short run: the heap grows 16 MB at a time and is
/// given back to the system only above 256 MB free at its top. glibc's defaults (grow by what is asked,
/// give back above 128 KB) made a report's two threads shrink and grow the heap again and again, each
/// time taking the lock that page faults need. Call first thing in `main`.
void folio_tune_allocator(void);

#endif
