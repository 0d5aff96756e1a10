package org.tablebook.export;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads an export's XHTML as XML (as the PDF renderer does) and queries it with XPath. */
final class Xhtml {
    private final Document document;

    private Xhtml(Document document) {
        this.document = document;
    }

    static Xhtml parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            return new Xhtml(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml))));
        } catch (Exception e) {
            throw new AssertionError("The export is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /** The normalized text of each node the expression selects. */
    List<String> texts(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
                    XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                StringBuilder text = new StringBuilder();
                collect(nodes.item(i), text);
                out.add(normalize(text.toString()));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    String text(String xpath) {
        List<String> all = texts(xpath);
        if (all.size() != 1) {
            throw new AssertionError("Expected one node for " + xpath + ", found " + all.size() + ": " + all);
        }
        return all.get(0);
    }

    int count(String xpath) {
        return texts(xpath).size();
    }

    Node first(String xpath) {
        try {
            return (Node) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Text nodes joined by spaces, so that table cells and paragraphs do not run together. */
    private static void collect(Node node, StringBuilder out) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            out.append(node.getNodeValue()).append(' ');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, out);
        }
    }

    /** Whitespace runs (including no-break spaces) as one space, trimmed. */
    static String normalize(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
