// poppler-glib for tipdiff: the PDF reader behind TIPPDF. Only the document, page and text calls are used.
#ifndef TIPDIFF_CPOPPLER_SHIM_H
#define TIPDIFF_CPOPPLER_SHIM_H
#include <poppler.h>

/// g_object_unref through a plain function, for Swift.
static inline void tipdiff_pdf_unref(void *object) { if (object) g_object_unref(object); }

/// The GError domain poppler reports with, as a value Swift can compare.
static inline GQuark tipdiff_pdf_error_domain(void) { return POPPLER_ERROR; }

/// Poppler prints syntax warnings about damaged files to stderr through GLib's log; they are collected as
/// our own diagnostics instead, so the log handler for the "Poppler" domain discards them.
static void tipdiff_pdf_quiet_handler(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}
static inline void tipdiff_pdf_silence_log(void) {
    g_log_set_handler("Poppler", (GLogLevelFlags)(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION),
                      tipdiff_pdf_quiet_handler, NULL);
}
#endif
