import TIPXML

/// A whole .docx: the document part with the parts around it ([Content_Types].xml, the relationships, styles,
/// settings, comments with their resolved state, core and app properties), each written through the XML writer
/// and zipped in one fixed order.
struct WordPackage {
    var document: [UInt8]
    var comments: [WordComment]
    var properties: WordProperties

    func bytes() throws(XMLFailure) -> [UInt8] {
        var parts: [DocxArchive.Part] = [
            .init(name: "[Content_Types].xml", bytes: try contentTypes()),
            .init(name: "_rels/.rels", bytes: try packageRelationships()),
            .init(name: "docProps/core.xml", bytes: try WordParts.core(properties)),
            .init(name: "docProps/app.xml", bytes: try WordParts.app(properties)),
            .init(name: "word/_rels/document.xml.rels", bytes: try documentRelationships()),
            .init(name: "word/document.xml", bytes: document),
            .init(name: "word/styles.xml", bytes: try WordStyles.bytes()),
            .init(name: "word/settings.xml", bytes: try WordParts.settings()),
        ]
        if !comments.isEmpty {
            parts.append(.init(name: "word/comments.xml", bytes: try WordParts.comments(comments)))
            parts.append(.init(name: "word/commentsExtended.xml", bytes: try WordParts.commentsExtended(comments)))
        }
        return try DocxArchive.bytes(parts)
    }

    private func contentTypes() throws(XMLFailure) -> [UInt8] {
        let w = try XMLWriter(indented: false, standalone: true)
        try w.start("Types", namespace: WordNamespace.contentTypes)
        for (ext, type) in [
            ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml"),
        ] {
            try w.start("Default")
            try w.attribute("Extension", ext)
            try w.attribute("ContentType", type)
            try w.end()
        }
        let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var overrides = [
            ("/word/document.xml", "\(wordML).document.main+xml"),
            ("/word/styles.xml", "\(wordML).styles+xml"),
            ("/word/settings.xml", "\(wordML).settings+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        if !comments.isEmpty {
            overrides.append(("/word/comments.xml", "\(wordML).comments+xml"))
            overrides.append(("/word/commentsExtended.xml", "\(wordML).commentsExtended+xml"))
        }
        for (part, type) in overrides {
            try w.start("Override")
            try w.attribute("PartName", part)
            try w.attribute("ContentType", type)
            try w.end()
        }
        try w.end()
        return try w.finish()
    }

    private func packageRelationships() throws(XMLFailure) -> [UInt8] {
        try relationships([
            ("rId1", WordNamespace.officeDocumentType, "word/document.xml"),
            ("rId2", WordNamespace.coreType, "docProps/core.xml"),
            ("rId3", WordNamespace.extendedType, "docProps/app.xml"),
        ])
    }

    private func documentRelationships() throws(XMLFailure) -> [UInt8] {
        var list = [
            ("rId1", WordNamespace.stylesType, "styles.xml"),
            ("rId2", WordNamespace.settingsType, "settings.xml"),
        ]
        if !comments.isEmpty {
            list.append(("rId3", WordNamespace.commentsType, "comments.xml"))
            list.append(("rId4", WordNamespace.commentsExtendedType, "commentsExtended.xml"))
        }
        return try relationships(list)
    }

    private func relationships(_ list: [(String, String, String)]) throws(XMLFailure) -> [UInt8] {
        let w = try XMLWriter(indented: false, standalone: true)
        try w.start("Relationships", namespace: WordNamespace.packageRelationships)
        for (id, type, target) in list {
            try w.start("Relationship")
            try w.attribute("Id", id)
            try w.attribute("Type", type)
            try w.attribute("Target", target)
            try w.end()
        }
        try w.end()
        return try w.finish()
    }
}
