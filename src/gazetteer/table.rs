//! A small open-addressing hash table for keys that are already good hashes
//! (folded word hashes, trie edges): one multiply to find the slot and linear
//! probing, so a lookup that misses (the usual case) costs a few instructions.

/// A key the table can place: `spread` must mix all of its bits.
pub(crate) trait TableKey: Copy + Eq {
    /// A 64-bit value whose high bits pick the slot.
    fn spread(self) -> u64;
}

impl TableKey for u64 {
    #[inline(always)]
    fn spread(self) -> u64 {
        self
    }
}

impl TableKey for (u32, u64) {
    #[inline(always)]
    fn spread(self) -> u64 {
        self.1 ^ u64::from(self.0).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
}

const MUL: u64 = 0x9e37_79b9_7f4a_7c15;

/// A map from [`TableKey`]s to small values; at most half full.
#[derive(Debug, Clone)]
pub(crate) struct FlatMap<K, V> {
    slots: Vec<Option<(K, V)>>,
    shift: u32,
    /// Mixed into every key, different for every table size: tables of
    /// different sizes then order their keys differently, so keys fed in one
    /// table's slot order into a smaller one do not pile up in one long run.
    salt: u64,
    len: usize,
}

impl<K: TableKey, V: Copy> Default for FlatMap<K, V> {
    fn default() -> Self {
        FlatMap::with_slots(8)
    }
}

impl<K: TableKey, V: Copy> FlatMap<K, V> {
    /// An empty map that holds `n` keys without growing.
    pub(crate) fn with_capacity(n: usize) -> Self {
        FlatMap::with_slots((2 * n + 2).next_power_of_two().max(8))
    }

    fn with_slots(slots: usize) -> Self {
        debug_assert!(slots.is_power_of_two() && slots >= 2);
        FlatMap {
            slots: vec![None; slots],
            shift: 64 - slots.trailing_zeros(),
            salt: (slots as u64).wrapping_mul(0xd6e8_feb8_6659_fd93),
            len: 0,
        }
    }

    #[inline(always)]
    fn slot(&self, key: K) -> usize {
        ((key.spread() ^ self.salt).wrapping_mul(MUL) >> self.shift) as usize
    }

    /// The value stored for `key`.
    #[inline]
    pub(crate) fn get(&self, key: K) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            match self.slots[i] {
                Some((k, v)) if k == key => return Some(v),
                Some(_) => i = (i + 1) & mask,
                None => return None,
            }
        }
    }

    /// The slot holding `key`, or the empty slot where it goes (growing
    /// first, so the table stays at most half full), and whether it was found.
    fn entry(&mut self, key: K) -> (usize, bool) {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            match self.slots[i] {
                Some((k, _)) if k == key => return (i, true),
                Some(_) => i = (i + 1) & mask,
                None => return (i, false),
            }
        }
    }

    /// The value stored for `key`, after storing `value` when there was none.
    pub(crate) fn get_or_insert(&mut self, key: K, value: V) -> V {
        let (i, found) = self.entry(key);
        match self.slots[i] {
            Some((_, v)) if found => v,
            _ => {
                self.slots[i] = Some((key, value));
                self.len += 1;
                value
            }
        }
    }

    /// Stores `value` for a new key, or `merge(old, value)` for a known one.
    pub(crate) fn upsert(&mut self, key: K, value: V, merge: impl FnOnce(V, V) -> V) {
        let (i, found) = self.entry(key);
        let stored = match self.slots[i] {
            Some((_, old)) if found => merge(old, value),
            _ => {
                self.len += 1;
                value
            }
        };
        self.slots[i] = Some((key, stored));
    }

    /// Every key and value, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (K, V)> + '_ {
        self.slots.iter().flatten().copied()
    }

    fn grow(&mut self) {
        let mut bigger = FlatMap::with_slots(self.slots.len() * 2);
        for (k, v) in self.slots.iter().flatten() {
            bigger.get_or_insert(*k, *v);
        }
        *self = bigger;
    }

    /// Number of keys.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Total distance of the keys from their home slots (the probing work).
    #[cfg(test)]
    fn displacement(&self) -> usize {
        let mask = self.slots.len() - 1;
        let mut total = 0;
        for (i, slot) in self.slots.iter().enumerate() {
            if let Some((k, _)) = slot {
                total += i.wrapping_sub(self.slot(*k)) & mask;
            }
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_keeps_first_values_and_grows() {
        let mut m: FlatMap<u64, u32> = FlatMap::default();
        for k in 0..1000u64 {
            // keys that differ only in low bits, and zero
            assert_eq!(m.get_or_insert(k, k as u32), k as u32);
        }
        assert_eq!(m.get_or_insert(5, 99), 5);
        assert_eq!(m.len(), 1000);
        for k in 0..1000u64 {
            assert_eq!(m.get(k), Some(k as u32));
        }
        assert_eq!(m.get(1000), None);
        assert_eq!(m.get(u64::MAX), None);
        m.upsert(7, 70, |a, b| a + b);
        m.upsert(5000, 1, |a, b| a + b);
        assert_eq!((m.get(7), m.get(5000)), (Some(77), Some(1)));
        assert_eq!(m.len(), 1001);
        assert_eq!(m.iter().count(), 1001);
        // keys inserted in another table's slot order, into a table sized up front
        let mut copy: FlatMap<u64, u32> = FlatMap::with_capacity(m.len());
        for (k, v) in m.iter() {
            copy.get_or_insert(k, v);
        }
        assert_eq!(copy.slots.len(), 2048);
        assert!((0..1000u64).all(|k| copy.get(k) == m.get(k)));
        let mut e: FlatMap<(u32, u64), u32> = FlatMap::default();
        e.get_or_insert((1, 7), 10);
        e.get_or_insert((2, 7), 20);
        assert_eq!(
            (e.get((1, 7)), e.get((2, 7)), e.get((3, 7))),
            (Some(10), Some(20), None)
        );
    }

    #[test]
    fn keys_in_another_tables_order_do_not_pile_up() {
        let mut big: FlatMap<u64, u32> = FlatMap::with_capacity(100_000);
        for k in 0..100_000u64 {
            big.get_or_insert(k.wrapping_mul(0x2545_f491_4f6c_dd1d), 0);
        }
        // The first keys of the big table's order all lie in a narrow range
        // of its hash space: without the salt they would fill one end of the
        // small table (32k slots here) as a single long run.
        let mut small: FlatMap<u64, u32> = FlatMap::default();
        for (k, v) in big.iter().take(16_000) {
            small.get_or_insert(k, v);
        }
        assert_eq!(small.len(), 16_000);
        // A table at most half full displaces a key by about one slot.
        assert!(
            small.displacement() < 2 * small.len(),
            "{}",
            small.displacement()
        );
    }
}
