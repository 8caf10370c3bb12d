//! Pairing (`mentor pair suggest`): who may be paired with whom under the
//! model's hard rules, how well they fit, and the best pairing.

pub mod solve;
