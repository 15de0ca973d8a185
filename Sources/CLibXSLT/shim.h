// libxslt for tipdiff, with the same ICU work-around as CLibXML2.
#ifndef TIPDIFF_CLIBXSLT_SHIM_H
#define TIPDIFF_CLIBXSLT_SHIM_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libxslt/security.h>
#endif
