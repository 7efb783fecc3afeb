/**
 * The items read model: its projection (bitemporal tables of V10), the item list with its filters, an item's detail,
 * and its event history told in words.
 */
@NamedInterface("query")
package org.commitmenttracker.item.query;

import org.springframework.modulith.NamedInterface;
