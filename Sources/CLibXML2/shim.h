// libxml2 for tipdiff. Swift 6 ships its own ICU and Debian's libxml2 headers include the
// system's; the two clash. We never touch libxml2's ICU fields, so the ICU part is switched off
// before any other libxml2 header is read.
#ifndef TIPDIFF_CLIBXML2_SHIM_H
#define TIPDIFF_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/// xmlFree is a global function pointer, which Swift 6 will not read from concurrent code; call it here.
static inline void tipdiff_xml_free(void *pointer) { xmlFree(pointer); }
#endif
