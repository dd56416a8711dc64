#pragma once
// Token -> id lookup for WordPiece's greedy longest-match search. The search asks "is this prefix
// of the rest of the word a token?" for many prefixes of one start position, so the index hashes
// all prefixes in one forward pass (FNV-1a extends byte by byte) and then probes longest first;
// no substring is ever copied or re-hashed. Continuation pieces ("##ing") live in their own table
// without the "##", so a lookup never has to build the prefixed string.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lepton {

class VocabularyIndex {
public:
    static constexpr int32_t kNotFound = -1;

    // Later duplicates win, as in Hugging Face's WordPiece (its vocabulary is a hash map filled
    // line by line).
    void insert(std::string_view token, int32_t id);
    // Finalises the table; call once after the last insert.
    void build();

    static uint32_t startHash() { return 2166136261u; }
    static uint32_t extendHash(uint32_t hash, unsigned char byte) { return (hash ^ byte) * 16777619u; }

    // Id of token (whose hash is hash), or kNotFound.
    int32_t find(std::string_view token, uint32_t hash) const;
    int32_t find(std::string_view token) const;
    // Bytes of the longest token: no match can be longer.
    std::size_t longestToken() const { return m_longest; }
    bool empty() const { return m_count == 0; }

private:
    struct Slot {
        uint32_t hash = 0;
        uint32_t offset = 0;   // into m_bytes
        uint32_t length = 0;
        int32_t id = kNotFound;  // kNotFound marks an empty slot
    };
    struct Pending {
        std::string token;
        int32_t id;
    };
    void place(uint32_t hash, uint32_t offset, uint32_t length, int32_t id);

    std::vector<Pending> m_pending;
    std::vector<Slot> m_slots;
    std::string m_bytes;  // all tokens back to back, so probes touch one block of memory
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
    std::size_t m_longest = 0;
};

}  // namespace lepton
