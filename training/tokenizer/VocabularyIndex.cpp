#include "training/tokenizer/VocabularyIndex.h"

#include <cstring>

namespace lepton {

void VocabularyIndex::insert(std::string_view token, int32_t id)
{
    m_pending.push_back({std::string(token), id});
}

void VocabularyIndex::build()
{
    std::size_t capacity = 16;
    while (capacity < m_pending.size() * 2) capacity *= 2;  // load factor <= 0.5: short probes
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    m_bytes.clear();
    m_count = 0;
    m_longest = 0;
    for (const Pending &p : m_pending) {
        uint32_t hash = startHash();
        for (unsigned char c : p.token) hash = extendHash(hash, c);
        const auto offset = static_cast<uint32_t>(m_bytes.size());
        m_bytes += p.token;
        place(hash, offset, static_cast<uint32_t>(p.token.size()), p.id);
        if (p.token.size() > m_longest) m_longest = p.token.size();
    }
    m_pending.clear();
    m_pending.shrink_to_fit();
}

void VocabularyIndex::place(uint32_t hash, uint32_t offset, uint32_t length, int32_t id)
{
    for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        Slot &slot = m_slots[i];
        if (slot.id == kNotFound) {
            slot = {hash, offset, length, id};
            ++m_count;
            return;
        }
        if (slot.hash == hash && slot.length == length
            && std::memcmp(m_bytes.data() + slot.offset, m_bytes.data() + offset, length) == 0) {
            slot.id = id;  // duplicate token: the later line wins
            return;
        }
    }
}

int32_t VocabularyIndex::find(std::string_view token, uint32_t hash) const
{
    if (m_slots.empty()) return kNotFound;
    for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.id == kNotFound) return kNotFound;
        if (slot.hash == hash && slot.length == token.size()
            && std::memcmp(m_bytes.data() + slot.offset, token.data(), token.size()) == 0)
            return slot.id;
    }
}

int32_t VocabularyIndex::find(std::string_view token) const
{
    uint32_t hash = startHash();
    for (unsigned char c : token) hash = extendHash(hash, c);
    return find(token, hash);
}

}  // namespace lepton
