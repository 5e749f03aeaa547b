#ifndef CFOLIOSYSTEM_H
#define CFOLIOSYSTEM_H

/// Starts a detached thread running `body(context)` on a CPU other than the calling thread's, when the
/// process may use another. Linux places a new thread by its parent's load, and on a small machine it often
/// queues it behind its busy parent until the next load balancing, a scheduler tick later (up to 4 ms with
/// HZ=250), about the time a whole report takes to start. Once running, the thread may move to any CPU the
/// process may use. CPU placement needs glibc's GNU extensions, which only C can reach: that is why this
/// small file exists. Returns 0, or the error pthread_create gave (the thread was then not started).
int folio_thread_start(void *(*body)(void *), void *context);

/// Lets the allocator keep what it frees for the rest of a short run: the heap grows 16 MB at a time and is
/// given back to the system only above 256 MB free at its top. glibc's defaults (grow by what is asked,
/// give back above 128 KB) made a report's two threads shrink and grow the heap again and again, each
/// time taking the lock that page faults need. Call first thing in `main`.
void folio_tune_allocator(void);

#endif
