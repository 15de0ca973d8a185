import TIPXML

/// The small parts of a package: the properties, the settings, the comments and their resolved state.
enum WordParts {
    static func core(_ p: WordProperties) throws(XMLFailure) -> [UInt8] {
        let w = try XMLWriter(indented: false, standalone: true)
        try w.start("cp:coreProperties")
        try w.attribute("xmlns:cp", WordNamespace.coreProperties)
        try w.attribute("xmlns:dc", WordNamespace.dublinCore)
        try w.attribute("xmlns:dcterms", WordNamespace.dublinCoreTerms)
        try w.attribute("xmlns:xsi", WordNamespace.schemaInstance)
        try w.element("dc:title", p.title)
        try w.element("dc:subject", p.subject)
        try w.element("dc:creator", p.creator)
        try w.element("cp:keywords", p.keywords)
        try w.element("dc:description", p.description)
        try w.element("cp:lastModifiedBy", p.creator)
        for name in ["dcterms:created", "dcterms:modified"] {
            try w.element(name, p.created, attributes: [("xsi:type", "dcterms:W3CDTF")])
        }
        try w.end()
        return try w.finish()
    }

    static func app(_ p: WordProperties) throws(XMLFailure) -> [UInt8] {
        let w = try XMLWriter(indented: false, standalone: true)
        try w.start("Properties", namespace: WordNamespace.extendedProperties)
        try w.element("Application", p.creator)
        try w.element("DocSecurity", "0")
        try w.element("Company", "")
        try w.end()
        return try w.finish()
    }

    /// Tracking on, so a reviewer's own edits are tracked too; Word 2013's compatibility mode.
    static func settings() throws(XMLFailure) -> [UInt8] {
        let w = try XMLWriter(indented: false, standalone: true)
        try w.start("w:settings")
        try w.attribute("xmlns:w", WordNamespace.main)
        try w.start("w:trackRevisions")
        try w.end()
        try w.start("w:defaultTabStop")
        try w.attribute("w:val", "720")
        try w.end()
        try w.start("w:characterSpacingControl")
        try w.attribute("w:val", "doNotCompress")
        try w.end()
        try w.start("w:compat")
        try w.start("w:compatSetting")
        try w.attribute("w:name", "compatibilityMode")
        try w.attribute("w:uri", "http://schemas.microsoft.com/office/word")
        try w.attribute("w:val", "15")
        try w.end()
        try w.end()
        try w.end()
        return try w.finish()
    }

    static func comments(_ comments: [WordComment]) throws(XMLFailure) -> [UInt8] {
        let w = try XMLWriter(indented: false, standalone: true)
        try w.start("w:comments")
        try w.attribute("xmlns:w", WordNamespace.main)
        try w.attribute("xmlns:w14", WordNamespace.word2010)
        try w.attribute("xmlns:mc", WordNamespace.markupCompatibility)
        try w.attribute("mc:Ignorable", "w14")
        for comment in comments {
            try w.start("w:comment")
            try w.attribute("w:id", String(comment.id))
            try w.attribute("w:author", comment.author)
            try w.attribute("w:date", comment.date)
            try w.attribute("w:initials", comment.initials)
            for (index, text) in comment.paragraphs.enumerated() {
                try w.start("w:p")
                if index == comment.paragraphs.count - 1 { try w.attribute("w14:paraId", comment.paragraphID) }
                try w.start("w:pPr")
                try w.start("w:pStyle")
                try w.attribute("w:val", "CommentText")
                try w.end()
                try w.end()
                try w.start("w:r")
                try w.start("w:t")
                try w.attribute("xml:space", "preserve")
                try w.text(text)
                try w.end()
                try w.end()
                try w.end()
            }
            try w.end()
        }
        try w.end()
        return try w.finish()
    }

    static func commentsExtended(_ comments: [WordComment]) throws(XMLFailure) -> [UInt8] {
        let w = try XMLWriter(indented: false, standalone: true)
        try w.start("w15:commentsEx")
        try w.attribute("xmlns:w15", WordNamespace.word2012)
        try w.attribute("xmlns:mc", WordNamespace.markupCompatibility)
        try w.attribute("mc:Ignorable", "w15")
        for comment in comments {
            try w.start("w15:commentEx")
            try w.attribute("w15:paraId", comment.paragraphID)
            try w.attribute("w15:done", comment.done ? "1" : "0")
            try w.end()
        }
        try w.end()
        return try w.finish()
    }
}
