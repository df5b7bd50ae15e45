package org.tarjoman.core.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The terms' keys in a character trie, so that a segment is walked once from each word start
 * whatever the number of terms: the cost grows with the segment and the longest key, not with the
 * glossary. Children sit in sorted arrays (binary search): 10,000 terms make about 100,000 nodes, and a
 * hash map per node would weigh ten times more. Built once, then only read: safe to share.
 */
final class TermTrie {

    static final class Node {
        private char[] labels = new char[0];
        private Node[] children = new Node[0];
        private List<GlossaryTerm> terms = List.of();
        private final int depth;

        private Node(int depth) {
            this.depth = depth;
        }

        Node child(char c) {
            int at = Arrays.binarySearch(labels, c);
            return at >= 0 ? children[at] : null;
        }

        /** The terms whose key ends here, empty when none does. */
        List<GlossaryTerm> terms() {
            return terms;
        }

        /** The length of the key that ends here. */
        int depth() {
            return depth;
        }

        private Node childOrNew(char c) {
            int at = Arrays.binarySearch(labels, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            Node child = new Node(depth + 1);
            char[] newLabels = new char[labels.length + 1];
            Node[] newChildren = new Node[children.length + 1];
            System.arraycopy(labels, 0, newLabels, 0, insert);
            System.arraycopy(children, 0, newChildren, 0, insert);
            newLabels[insert] = c;
            newChildren[insert] = child;
            System.arraycopy(labels, insert, newLabels, insert + 1, labels.length - insert);
            System.arraycopy(children, insert, newChildren, insert + 1, children.length - insert);
            labels = newLabels;
            children = newChildren;
            return child;
        }
    }

    private final Node root = new Node(0);
    private int size;

    void add(String key, GlossaryTerm term) {
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.childOrNew(key.charAt(i));
        }
        List<GlossaryTerm> terms = new ArrayList<>(node.terms);
        terms.add(term);
        node.terms = List.copyOf(terms);
        size++;
    }

    Node root() {
        return root;
    }

    int size() {
        return size;
    }
}
