/// The namespaces and relationship types of the parts a WordprocessingML package holds (ECMA-376, transitional).
enum WordNamespace {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let schemaInstance = "http://www.w3.org/2001/XMLSchema-instance"
    /// Word 2010's paragraph ids, which the resolved state of a comment refers to.
    static let word2010 = "http://schemas.microsoft.com/office/word/2010/wordml"
    /// Word 2012's extended comments: the resolved ("done") state.
    static let word2012 = "http://schemas.microsoft.com/office/word/2012/wordml"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    static let officeDocumentType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    static let coreType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    static let extendedType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
    static let stylesType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
    static let settingsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
    static let commentsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    static let commentsExtendedType = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
}
