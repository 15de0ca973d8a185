// poppler-glib for tipdiff: the PDF reader behind TIPPDF. Only the document, page and text calls are used.
#ifndef TIPDIFF_CPOPPLER_SHIM_H
#define TIPDIFF_CPOPPLER_SHIM_H
#include <poppler.h>

/// g_object_unref through a plain function, for Swift.
static inline void tipdiff_pdf_unref(void *object) { if (object) g_object_unref(object); }

/// The GError domain poppler reports with, as a value Swift can compare.
static inline GQuark tipdiff_pdf_error_domain(void) { return POPPLER_ERROR; }

/// What poppler said about damage while one call ran on this thread: how many messages, and the first.
typedef struct {
    unsigned count;
    char *first;
} tipdiff_pdf_damage;

/// Poppler reports damage (syntax errors, a rebuilt cross-reference table, streams cut short) through
/// GLib's log, process-wide and on the thread that is reading. The handler for the "Poppler" domain
/// prints nothing: it counts the messages into the sink the reading thread set, if any, so that each
/// document and page returns its own damage to Swift (tipdiff_pdf_collect ... tipdiff_pdf_collected).
static _Thread_local tipdiff_pdf_damage *tipdiff_pdf_sink = NULL;

static void tipdiff_pdf_quiet_handler(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)data;
    tipdiff_pdf_damage *sink = tipdiff_pdf_sink;
    if (!sink) return;
    sink->count += 1;
    if (!sink->first && message) sink->first = g_strdup(message);
}
static inline void tipdiff_pdf_silence_log(void) {
    g_log_set_handler("Poppler", (GLogLevelFlags)(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION),
                      tipdiff_pdf_quiet_handler, NULL);
}

/// Starts counting this thread's poppler messages into `sink` (emptied first).
static inline void tipdiff_pdf_collect(tipdiff_pdf_damage *sink) {
    sink->count = 0;
    sink->first = NULL;
    tipdiff_pdf_sink = sink;
}

/// Stops counting; the caller frees `sink->first` with g_free.
static inline void tipdiff_pdf_collected(void) { tipdiff_pdf_sink = NULL; }
#endif
