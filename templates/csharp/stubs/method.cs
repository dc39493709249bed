{{ signature }}
{
    throw new global::System.NotImplementedException();
}
